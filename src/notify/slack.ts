import { errorMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { redact } from '../util/redact.js';

export const NOTIFY_MODES = ['always', 'failure', 'never'] as const;
export type NotifyMode = (typeof NOTIFY_MODES)[number];

export interface RunFacts {
  command: string;
  ok: boolean;
  name?: string;
  /** One-line outcome, e.g. the error. */
  headline: string;
  fields: [string, string][];
}

/** The link to this workflow run, when running on GitHub. */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  return GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}` : undefined;
}

/** One Block Kit message per run: verdict, what and where, figures, and the run link. */
export function slackPayload(facts: RunFacts, env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  const title = `${facts.ok ? '✅' : '❌'} bakup ${facts.command}${facts.name ? ` \`${facts.name}\`` : ''} ${facts.ok ? 'succeeded' : 'FAILED'}`;
  const url = runUrl(env);
  const fields = facts.fields.slice(0, 10).map(([k, v]) => ({ type: 'mrkdwn', text: `*${k}*\n${redact(v).slice(0, 500)}` }));
  const blocks: Record<string, unknown>[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `*${title}*\n${redact(facts.headline).slice(0, 2500)}` } },
  ];
  if (fields.length) blocks.push({ type: 'section', fields });
  if (url) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `<${url}|${env.GITHUB_REPOSITORY} run ${env.GITHUB_RUN_ID}>` }] });
  return { text: redact(`${title}: ${facts.headline}`).slice(0, 3000), blocks };
}

/**
 * Posts to a Slack incoming webhook. A failed notification is logged and never
 * changes the outcome of the backup it reports on.
 */
export async function notifySlack(webhookUrl: string | undefined, mode: NotifyMode, facts: RunFacts, log: Logger): Promise<boolean> {
  if (!webhookUrl || mode === 'never' || (mode === 'failure' && facts.ok)) return false;
  try {
    const res = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(slackPayload(facts)),
      signal: AbortSignal.timeout(15_000),
    });
    if (!res.ok) {
      log.warn(`Slack notification failed: HTTP ${res.status} ${(await res.text().catch(() => '')).slice(0, 200)}`);
      return false;
    }
    log.info('Slack notified');
    return true;
  } catch (err) {
    log.warn(`Slack notification failed: ${errorMessage(err)}`);
    return false;
  }
}

/** What a notification says when a command failed before producing a result. */
export function failureFacts(command: string, name: string | undefined, err: unknown): RunFacts {
  return { command, ok: false, name, headline: errorMessage(err), fields: [] };
}
