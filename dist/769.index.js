export const id = 769;
export const ids = [769];
export const modules = {

/***/ 36769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inputLabelled: () => (/* binding */ inputLabelled),
/* harmony export */   readInputs: () => (/* binding */ readInputs),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _config_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90131);
/* harmony import */ var _commands_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7773);
/* harmony import */ var _notify_slack_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47569);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50767);







/** The runner log: every line is redacted before it leaves, on top of the runner's own masking. */
class ActionLogger {
    live = false;
    info(m) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(m));
    }
    warn(m) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(m));
    }
    error(m) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(m));
    }
    debug(m) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(m));
    }
    status(m) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(m));
    }
}
/** Masks the secret parts of a URI (password, secret query values) in the runner log. */
function maskUri(value) {
    const userinfo = /^[a-z][a-z0-9+.-]*:\/\/[^/@:]*:([^@/]+)@/i.exec(value);
    if (userinfo?.[1]) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(userinfo[1]);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(decodeURIComponent(userinfo[1]));
        (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .registerSecret */ .c)(userinfo[1]);
    }
    for (const m of value.matchAll(/[?&;](?:password|secret|token|sig|key|apikey|accountkey)=([^&;\s]+)/gi)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(m[1]);
        (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .registerSecret */ .c)(m[1]);
    }
}
function parseBoolean(input, value) {
    if (/^(true|yes|1)$/i.test(value))
        return true;
    if (/^(false|no|0)$/i.test(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input '${input}': expected true or false (got '${value}')`);
}
/** Reads the inputs a command takes, by the same names as its CLI options. */
function readInputs(command) {
    const raw = {};
    for (const spec of (0,_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .optionsFor */ .A5)(command)) {
        if (spec.name === 'json')
            continue;
        const input = (0,_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .inputNameOf */ .rB)(spec.name, command);
        const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(input);
        if (spec.secret && value) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
            (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .registerSecret */ .c)(value);
        }
        if (value === '')
            continue;
        if (spec.type === 'boolean')
            raw[spec.name] = parseBoolean(input, value);
        else if (spec.type === 'strings') {
            const lines = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3(input).filter((l) => l.trim() !== '');
            lines.forEach(maskUri);
            raw[spec.name] = lines;
        }
        else {
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
function inputLabelled(message, command) {
    return message.replace(/^--([a-z0-9][a-z0-9-]*)(?=[:\s])/, (_m, flag) => `input '${(0,_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .inputNameOf */ .rB)(flag, command)}'`);
}
/** The job summary is a report: failing to write it is a warning, never the run's outcome. */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(markdown)).write();
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`could not write the job summary: ${(0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err))}`);
    }
}
/** The action's entry: inputs → command → outputs and job summary. */
async function run() {
    const log = new ActionLogger();
    // Known once the command input is valid: copy's --to is the input copy-to.
    let known;
    try {
        const command = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('command').trim();
        if (!_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMANDS */ .Lo.includes(command)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input 'command': expected one of ${_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMANDS */ .Lo.join(', ')} (got '${command}')`);
        }
        const name = command;
        known = name;
        const inputs = (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .validate */ .tf)(name, readInputs(name), (o) => `input '${(0,_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .inputNameOf */ .rB)(o, name)}'`);
        const webhook = inputs['slack-webhook-url'] ?? process.env.SLACK_WEBHOOK_URL;
        if (webhook && !inputs['slack-webhook-url']) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(webhook);
            (0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .registerSecret */ .c)(webhook);
        }
        let outcome;
        try {
            outcome = await (0,_commands_run_js__WEBPACK_IMPORTED_MODULE_4__/* .runCommand */ .d1)(name, inputs, { log }, (o) => `input '${(0,_config_options_js__WEBPACK_IMPORTED_MODULE_2__/* .inputNameOf */ .rB)(o, name)}'`);
        }
        catch (err) {
            const e = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asBakupError */ .KX)(err);
            await writeSummary(`## ❌ bakup ${name}${inputs.name ? ` \`${inputs.name}\`` : ''} failed\n\n${inputLabelled(e.message, name)}\n`);
            await (0,_notify_slack_js__WEBPACK_IMPORTED_MODULE_5__/* .notifySlack */ .g9)(webhook, inputs.notify, (0,_notify_slack_js__WEBPACK_IMPORTED_MODULE_5__/* .failureFacts */ ._2)(name, inputs.name, err), log);
            throw err;
        }
        if (outcome.facts)
            await (0,_notify_slack_js__WEBPACK_IMPORTED_MODULE_5__/* .notifySlack */ .g9)(webhook, inputs.notify, outcome.facts, log);
        for (const [k, v] of Object.entries(outcome.outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(k, v);
        await writeSummary(outcome.summary);
        for (const line of outcome.text)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(line));
        if (outcome.exitCode !== _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.OK) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`bakup ${name} finished with exit code ${outcome.exitCode}`);
            process.exitCode = outcome.exitCode;
        }
    }
    catch (err) {
        const e = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asBakupError */ .KX)(err);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_util_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(inputLabelled(e.message, known)));
        process.exitCode = e.exitCode;
    }
}


/***/ })

};
