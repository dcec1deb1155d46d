// Loaded before every browser test file (see web-test-runner.config.mjs). A failed expectation about a DOM node
// ("expected the panel to equal null") carries the node as its actual value, and the test runner, which sends each
// failure's actual and expected values to the terminal, walked the whole node graph until the run timed out instead
// of reporting the failure. Nodes are named instead: tag, id and classes.
// chai itself, not @open-wc/testing: that one registers its fixture clean-up with mocha when first loaded, and mocha
// is not set up yet when this runs.
import { use } from '@esm-bundle/chai';

const named = (value: unknown): unknown => {
  if (!(value instanceof Node)) return value;
  if (!(value instanceof Element)) return `[${value.nodeName}]`;
  const id = value.id ? `#${value.id}` : '';
  const classes = [...value.classList].map((name) => `.${name}`).join('');
  return `<${value.localName}${id}${classes}>`;
};

use((chai) => {
  const assert = chai.Assertion.prototype.assert;
  chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      if (error instanceof chai.AssertionError) {
        const failure = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
        failure.actual = named(failure.actual);
        failure.expected = named(failure.expected);
      }
      throw error;
    }
  };
});
