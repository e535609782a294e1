import { createHash } from 'node:crypto';
import type { Fingerprint } from '../../catalog/manifest.js';

/** A workflow as n8n's API and CLI export write it; only the fields we read are named. */
export interface Workflow {
  id: string;
  name: string;
  active?: boolean;
  isArchived?: boolean;
  nodes?: WorkflowNode[];
  connections?: Record<string, unknown>;
  settings?: Record<string, unknown> | null;
  staticData?: unknown;
  pinData?: Record<string, unknown> | null;
  nodeGroups?: unknown[];
  description?: string | null;
  tags?: { id?: string; name: string }[] | string[];
  updatedAt?: string;
  [key: string]: unknown;
}

export interface WorkflowNode {
  id?: string;
  name: string;
  type: string;
  credentials?: Record<string, { id?: string | null; name?: string }>;
  [key: string]: unknown;
}

/** Which workflows a backup, restore or fingerprint covers. */
export interface Selection {
  ids?: Set<string>;
  tags?: Set<string>;
  activeOnly: boolean;
}

export function tagNames(wf: Workflow): string[] {
  return (wf.tags ?? []).map((t) => (typeof t === 'string' ? t : t.name)).sort();
}

/** Archived workflows are n8n's trash: they are neither backed up nor counted. */
export function selected(wf: Workflow, sel: Selection): boolean {
  if (wf.isArchived) return false;
  if (sel.ids && !sel.ids.has(String(wf.id))) return false;
  if (sel.activeOnly && !wf.active) return false;
  if (sel.tags && !tagNames(wf).some((t) => sel.tags!.has(t))) return false;
  return true;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

/** JSON with sorted keys: the same workflow always gives the same bytes, and two backups diff line by line. */
export function canonicalJson(v: unknown, pretty = false): string {
  return JSON.stringify(sortKeys(v), null, pretty ? 2 : undefined);
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** `workflows/<id>-<slug>.json`: stable across backups while the name stays, readable, portable, under tar's 100 bytes. */
export function workflowFile(id: string, name: string): string {
  const safeId = SAFE_ID.test(id) ? id : createHash('sha256').update(id).digest('hex').slice(0, 16);
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `workflows/${safeId}${slug ? `-${slug}` : ''}.json`;
}

export function credentialFile(id: string): string {
  const safeId = SAFE_ID.test(id) ? id : createHash('sha256').update(id).digest('hex').slice(0, 16);
  return `credentials/${safeId}.json`;
}

/**
 * What a workflow is, independent of where it lives: ids and timestamps that
 * n8n assigns (workflow and node ids, versionId, createdAt/updatedAt), runtime
 * state (staticData) and credential ids (credentials are recreated with new
 * ids) are left out, so a restore into another instance compares equal. So is
 * the active flag: a restore leaves workflows inactive unless told otherwise
 * (activation starts triggers, which a drill's throwaway instance must not do),
 * and that restore is still a faithful one. index.json records who was active.
 */
export function normalizeWorkflow(wf: Workflow): unknown {
  const nodes = (wf.nodes ?? [])
    .map((n) => {
      const { id: _id, createdAt: _c, updatedAt: _u, credentials, ...rest } = n;
      const creds = credentials ? Object.fromEntries(Object.entries(credentials).map(([type, c]) => [type, c?.name ?? null])) : undefined;
      return creds && Object.keys(creds).length ? { ...rest, credentials: creds } : rest;
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const pin = wf.pinData && Object.keys(wf.pinData).length ? wf.pinData : null;
  return {
    name: wf.name,
    nodes,
    connections: wf.connections ?? {},
    settings: wf.settings ?? {},
    pinData: pin,
    tags: tagNames(wf),
  };
}

export function workflowDigest(wf: Workflow): string {
  return createHash('sha256').update(canonicalJson(normalizeWorkflow(wf))).digest('hex');
}

/**
 * Fingerprint of a set of workflows: one digest per workflow, keyed by name
 * (ids change when a restore creates workflows), and one digest over all of
 * them; plus counts.
 */
export class WorkflowFingerprint {
  private readonly byName = new Map<string, string[]>();
  private readonly tags = new Set<string>();
  workflows = 0;
  nodes = 0;

  add(wf: Workflow): void {
    const d = workflowDigest(wf);
    const list = this.byName.get(wf.name) ?? [];
    list.push(d);
    this.byName.set(wf.name, list);
    for (const t of tagNames(wf)) this.tags.add(t);
    this.workflows++;
    this.nodes += wf.nodes?.length ?? 0;
  }

  result(): Fingerprint {
    const items: Record<string, { digest: string }> = {};
    const all: string[] = [];
    for (const name of [...this.byName.keys()].sort()) {
      const digests = this.byName.get(name)!.sort();
      digests.forEach((d, i) => {
        items[i === 0 ? name : `${name} #${i + 1}`] = { digest: d };
        all.push(d);
      });
    }
    all.sort();
    const digest = createHash('sha256').update(`n8n/1\n${all.join('\n')}\n`).digest('hex');
    return {
      kind: 'n8n',
      summary: { workflows: this.workflows, nodes: this.nodes, tags: this.tags.size },
      items,
      digest,
    };
  }
}

/** Compares dotted versions (`2.41.1`, `1.0.0-rc.1` → numeric parts only). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).map((x) => parseInt(x, 10));
  const pb = b.split(/[.+-]/).map((x) => parseInt(x, 10));
  for (let i = 0; i < 3; i++) {
    const x = Number.isFinite(pa[i]) ? pa[i]! : 0;
    const y = Number.isFinite(pb[i]) ? pb[i]! : 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
