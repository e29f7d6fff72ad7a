import { expect } from '@open-wc/testing';

import { DEFAULT_EMBED_SETTINGS, hostedPageUrl, snippetHtml } from './snippet-html.js';

const context = {
  origin: 'https://book.example',
  publishableKey: 'pk_live_abc',
  slug: 'harbour-wellness',
  linkText: 'Book an appointment',
};

describe('snippetHtml', () => {
  it('embeds the inline widget with the key, a fallback link and the script', () => {
    expect(snippetHtml(DEFAULT_EMBED_SETTINGS, context)).to.equal(
      '<bookafy-widget publishable-key="pk_live_abc">\n' +
        '  <a href="https://book.example/book/harbour-wellness">Book an appointment</a>\n' +
        '</bookafy-widget>\n' +
        '<script src="https://book.example/bookafy.js" defer></script>\n',
    );
  });

  it('adds the chosen service, staff member, theme and language, and pins the script', () => {
    const snippet = snippetHtml(
      {
        mode: 'button',
        serviceId: 'svc_1',
        staffId: 'stf_2',
        theme: 'dark',
        locale: 'pt-BR',
        pinned: true,
      },
      { ...context, integrity: 'sha384-xyz' },
    );
    expect(snippet).to.equal(
      '<bookafy-button publishable-key="pk_live_abc" service="svc_1" staff="stf_2" ' +
        'theme="dark" locale="pt-BR"></bookafy-button>\n' +
        '<script src="https://book.example/bookafy.js" integrity="sha384-xyz" ' +
        'crossorigin="anonymous" defer></script>\n',
    );
  });

  it('leaves the integrity hash out unless the owner chose to pin the script', () => {
    const unpinned = snippetHtml(DEFAULT_EMBED_SETTINGS, { ...context, integrity: 'sha384-xyz' });
    expect(unpinned).to.not.contain('integrity=');
    expect(unpinned).to.not.contain('crossorigin=');
    expect(unpinned).to.contain('<script src="https://book.example/bookafy.js" defer></script>');

    // Without a published hash there is nothing to pin.
    const noHash = snippetHtml({ ...DEFAULT_EMBED_SETTINGS, pinned: true }, context);
    expect(noHash).to.contain('<script src="https://book.example/bookafy.js" defer></script>');
  });

  it('pins the script of a link snippet too', () => {
    const snippet = snippetHtml(
      { ...DEFAULT_EMBED_SETTINGS, mode: 'link', pinned: true },
      { ...context, integrity: 'sha384-xyz' },
    );
    expect(snippet).to.contain(
      '<script src="https://book.example/bookafy.js" integrity="sha384-xyz" ' +
        'crossorigin="anonymous" data-publishable-key="pk_live_abc" defer></script>',
    );
  });

  it('puts a link to the hosted page on the site and the key and look on the script tag', () => {
    const snippet = snippetHtml(
      { ...DEFAULT_EMBED_SETTINGS, mode: 'link', theme: 'auto', locale: 'de' },
      context,
    );
    expect(snippet).to.equal(
      '<a href="https://book.example/book/harbour-wellness" data-bookafy-service="">' +
        'Book an appointment</a>\n' +
        '<script src="https://book.example/bookafy.js" data-publishable-key="pk_live_abc" ' +
        'data-locale="de" data-theme="auto" defer></script>\n',
    );
  });

  it('escapes what it puts into attributes and text', () => {
    const snippet = snippetHtml(DEFAULT_EMBED_SETTINGS, {
      ...context,
      publishableKey: 'pk_"><script>',
      linkText: 'Book <now> & pay',
    });
    expect(snippet).to.contain('publishable-key="pk_&quot;>&lt;script>"');
    expect(snippet).to.contain('>Book &lt;now&gt; &amp; pay</a>');
  });

  it('leaves the fallback link out without a slug', () => {
    const snippet = snippetHtml(DEFAULT_EMBED_SETTINGS, { ...context, slug: null });
    expect(snippet).to.equal(
      '<bookafy-widget publishable-key="pk_live_abc"></bookafy-widget>\n' +
        '<script src="https://book.example/bookafy.js" defer></script>\n',
    );
    expect(hostedPageUrl(context.origin, null)).to.equal(undefined);
  });
});
