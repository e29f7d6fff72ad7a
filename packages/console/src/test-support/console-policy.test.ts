import { expect, fixture, html } from '@open-wc/testing';

import { cssProperties } from '../directives/css-properties.js';

// The runner serves this page under the policy of `/console/` (test/console-policy.mjs), and
// fails a test on any violation (test/policy-violations.js).
describe("the test page under the console page's policy", () => {
  it('drops style attributes that a template sets, as styleMap() does on first render', async () => {
    // Caught before test/policy-violations.js, which fails a test on any violation.
    const violation = new Promise<SecurityPolicyViolationEvent>((resolve) => {
      const catchIt = (event: SecurityPolicyViolationEvent) => {
        event.stopImmediatePropagation();
        removeEventListener('securitypolicyviolation', catchIt, { capture: true });
        resolve(event);
      };
      addEventListener('securitypolicyviolation', catchIt, { capture: true });
    });

    const box = await fixture<HTMLParagraphElement>(html`<p style=${'width: 37px'}>Blocked</p>`);

    expect(box.getBoundingClientRect().width).to.not.equal(37);
    expect((await violation).violatedDirective).to.equal('style-src-attr');
  });

  it('applies custom properties that cssProperties() sets through the CSSOM', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.sized { width: var(--width); }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const box = await fixture<HTMLDivElement>(
        html`<div class="sized" ${cssProperties({ '--width': '37px' })}></div>`,
      );

      expect(box.getBoundingClientRect().width).to.equal(37);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
