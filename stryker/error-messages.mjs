// A Stryker ignorer for the wording of error messages, and nothing else:
// - string and template literals passed as the message to `_error(code, message)` or to an error class;
// - the function's own name, `const fn = 'addMonths'`, which every function passes to those guards only to name
//   itself in messages;
// - the leading "naming" arguments of the internal guards, which only name the function and the field inside the
//   messages those guards throw (`_int('addMonths', 'months', value, …)`): each helper below lists the argument
//   positions that are only ever used in messages (checked by reading each helper).
// Codes stay mutated and tested; the wording is checked by reading, not by mutants.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

const ERROR_CALLS = new Set(['_error', 'HotpatchRangeError', 'HotpatchSyntaxError', 'HotpatchTypeError', 'Error']);
const NAMING_ARGUMENTS = new Map([
  ['_int', [0, 1]],
  ['_record', [0, 1, 3]],
  ['_civilDate', [0, 1]],
  ['_yearMonth', [0, 1]],
  ['_parseYearMonth', [0, 1]],
  ['_parseBuild', [0, 1]],
  ['_checkZone', [0]],
  ['_zoneOption', [0]],
  ['_options', [0]],
  ['_rule', [0]],
  ['_product', [0]],
  ['_productBuild', [0]],
  ['_checkKeys', [0]],
  ['_asOfOptions', [0]],
  ['_checkCalendar', [0]],
  ['_messages', [0]],
  ['_renderOptions', [0]],
  ['intOption', [0, 1]],
  ['optionError', [0]],
  ['oneOf', [0, 1]],
  ['bool', [0, 1]],
  ['fail', [0, 1, 3]],
  ['_catalog', [0]],
  ['_epochMs', [0, 1]],
  ['_parseKb', [0, 1]],
  ['_catalogError', [0, 1, 2]],
  ['_checkUrls', [0, 1]],
  ['_checkRelease', [0, 1]],
  ['_decodeInput', [0]],
  ['_validateCatalog', [0]],
  ['pick', [0]],
  ['text', [0, 4]],
  ['nameOf', [0]],
  ['malformed', [0]],
  ['importError', [0]],
  ['optionsOf', [0]],
]);

function messageArgument(path) {
  for (let p = path; p && !p.isStatement(); p = p.parentPath) {
    const parent = p.parentPath;
    if (!parent) return false;
    if ((parent.isCallExpression() || parent.isNewExpression()) && p.listKey === 'arguments') {
      const callee = parent.node.callee;
      const name = callee.type === 'Identifier' ? callee.name : undefined;
      if (name === undefined) return false;
      // The message is the last argument: `_error(code, message)`, `new HotpatchRangeError(code, message)`.
      if (ERROR_CALLS.has(name)) return p.key === parent.node.arguments.length - 1;
      return p === path && (NAMING_ARGUMENTS.get(name) ?? []).includes(p.key);
    }
  }
  return false;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'error-messages', {
    shouldIgnore(path) {
      if ((path.isStringLiteral() || path.isTemplateLiteral()) && messageArgument(path)) {
        return 'the wording of an error message (its code is tested)';
      }
      if (path.isStringLiteral() && path.parentPath?.isVariableDeclarator() && path.parentPath.node.id.name === 'fn') {
        return "the function's name in its error messages";
      }
      return undefined;
    },
  }),
];
