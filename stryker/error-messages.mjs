// A Stryker ignorer: the text of error messages (string and template literals passed to `_error(code, message)`
// or to an error class). Their codes stay mutated and tested; the wording is checked by reading, not by mutants.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

const ERROR_CALLS = new Set(['_error', 'HotpatchRangeError', 'HotpatchSyntaxError', 'HotpatchTypeError', 'Error']);

function insideErrorMessage(path) {
  for (let p = path; p && !p.isStatement(); p = p.parentPath) {
    const parent = p.parentPath;
    if (!parent) return false;
    if ((parent.isCallExpression() || parent.isNewExpression()) && p.listKey === 'arguments') {
      const callee = parent.node.callee;
      const name = callee.type === 'Identifier' ? callee.name : undefined;
      // The message is the last argument: `_error(code, message)`, `new HotpatchRangeError(code, message)`.
      return name !== undefined && ERROR_CALLS.has(name) && p.key === parent.node.arguments.length - 1;
    }
  }
  return false;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'error-messages', {
    shouldIgnore(path) {
      if ((path.isStringLiteral() || path.isTemplateLiteral()) && insideErrorMessage(path)) {
        return 'the wording of an error message (its code is tested)';
      }
      return undefined;
    },
  }),
];
