import * as core from '@actions/core';
import { ExitCode, asBakupError, UsageError, errorMessage } from '../errors.js';
import { COMMANDS, optionsFor, inputNameOf, type CommandName } from '../config/options.js';
import { validate } from '../config/schema.js';
import { runCommand } from '../commands/run.js';
import type { Logger } from '../log.js';
import { failureFacts, notifySlack } from '../notify/slack.js';
import { redact, registerSecret } from '../util/redact.js';

/** The runner log: every line is redacted before it leaves, on top of the runner's own masking. */
class ActionLogger implements Logger {
  readonly live = false;
  info(m: string): void {
    core.info(redact(m));
  }
  warn(m: string): void {
    core.warning(redact(m));
  }
  error(m: string): void {
    core.error(redact(m));
  }
  debug(m: string): void {
    core.debug(redact(m));
  }
  status(m: string): void {
    core.info(redact(m));
  }
}

/** Masks the secret parts of a URI (password, secret query values) in the runner log. */
function maskUri(value: string): void {
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/[^/@:]*:([^@/]+)@/i.exec(value);
  if (userinfo?.[1]) {
    core.setSecret(userinfo[1]);
    core.setSecret(decodeURIComponent(userinfo[1]));
    registerSecret(userinfo[1]);
  }
  for (const m of value.matchAll(/[?&;](?:password|secret|token|sig|key|apikey|accountkey)=([^&;\s]+)/gi)) {
    core.setSecret(m[1]!);
    registerSecret(m[1]!);
  }
}

function parseBoolean(input: string, value: string): boolean {
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new UsageError(`input '${input}': expected true or false (got '${value}')`);
}

/** Reads the inputs a command takes, by the same names as its CLI options. */
export function readInputs(command: CommandName): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const spec of optionsFor(command)) {
    if (spec.name === 'json') continue;
    const input = inputNameOf(spec.name, command);
    const value = core.getInput(input);
    if (spec.secret && value) {
      core.setSecret(value);
      registerSecret(value);
    }
    if (value === '') continue;
    if (spec.type === 'boolean') raw[spec.name] = parseBoolean(input, value);
    else if (spec.type === 'strings') {
      const lines = core.getMultilineInput(input).filter((l) => l.trim() !== '');
      lines.forEach(maskUri);
      raw[spec.name] = lines;
    } else {
      maskUri(value);
      raw[spec.name] = value.trim();
    }
  }
  return raw;
}

/**
 * Errors name options as CLI flags (`--to: …`, `--query: …`); in the action the
 * user wrote inputs, so the leading label names the input instead (`input
 * 'storage': …`).
 */
export function inputLabelled(message: string, command?: CommandName): string {
  return message.replace(/^--([a-z0-9][a-z0-9-]*)(?=[:\s])/, (_m, flag: string) => `input '${inputNameOf(flag, command)}'`);
}

/** The job summary is a report: failing to write it is a warning, never the run's outcome. */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(redact(markdown)).write();
  } catch (err) {
    core.warning(`could not write the job summary: ${redact(errorMessage(err))}`);
  }
}

/** The action's entry: inputs → command → outputs and job summary. */
export async function run(): Promise<void> {
  const log = new ActionLogger();
  // Known once the command input is valid: copy's --to is the input copy-to.
  let known: CommandName | undefined;
  try {
    const command = core.getInput('command').trim();
    if (!(COMMANDS as readonly string[]).includes(command)) {
      throw new UsageError(`input 'command': expected one of ${COMMANDS.join(', ')} (got '${command}')`);
    }
    const name = command as CommandName;
    known = name;
    const inputs = validate(name, readInputs(name), (o) => `input '${inputNameOf(o, name)}'`);
    const webhook = inputs['slack-webhook-url'] ?? process.env.SLACK_WEBHOOK_URL;
    if (webhook && !inputs['slack-webhook-url']) {
      core.setSecret(webhook);
      registerSecret(webhook);
    }
    let outcome;
    try {
      outcome = await runCommand(name, inputs, { log }, (o) => `input '${inputNameOf(o, name)}'`);
    } catch (err) {
      const e = asBakupError(err);
      await writeSummary(`## ❌ bakup ${name}${inputs.name ? ` \`${inputs.name}\`` : ''} failed\n\n${inputLabelled(e.message, name)}\n`);
      await notifySlack(webhook, inputs.notify, failureFacts(name, inputs.name, err), log);
      throw err;
    }
    if (outcome.facts) await notifySlack(webhook, inputs.notify, outcome.facts, log);
    for (const [k, v] of Object.entries(outcome.outputs)) core.setOutput(k, v);
    await writeSummary(outcome.summary);
    for (const line of outcome.text) core.info(redact(line));
    if (outcome.exitCode !== ExitCode.OK) {
      core.setFailed(`bakup ${name} finished with exit code ${outcome.exitCode}`);
      process.exitCode = outcome.exitCode;
    }
  } catch (err) {
    const e = asBakupError(err);
    core.setFailed(redact(inputLabelled(e.message, known)));
    process.exitCode = e.exitCode;
  }
}
