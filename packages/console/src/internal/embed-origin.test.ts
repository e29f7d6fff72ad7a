import { expect } from '@open-wc/testing';

import { checkOrigin } from './embed-origin.js';

describe('checkOrigin', () => {
  it('accepts an origin and normalises it as browsers send it', () => {
    expect(checkOrigin('  https://Shop.Example:443/ ', [])).to.deep.equal({
      origin: 'https://shop.example',
    });
    expect(checkOrigin('http://localhost:3000', [])).to.deep.equal({
      origin: 'http://localhost:3000',
    });
    expect(checkOrigin('https://bücher.example', [])).to.deep.equal({
      origin: 'https://xn--bcher-kva.example',
    });
  });

  it('says why a value is not an origin', () => {
    expect(checkOrigin('', [])).to.deep.equal({ problem: 'empty' });
    expect(checkOrigin('shop.example', [])).to.deep.equal({ problem: 'missing-scheme' });
    expect(checkOrigin('ftp://shop.example', [])).to.deep.equal({ problem: 'scheme' });
    expect(checkOrigin('https://shop.example/booking', [])).to.deep.equal({ problem: 'path' });
    expect(checkOrigin('https://shop.example?a=1', [])).to.deep.equal({ problem: 'path' });
    expect(checkOrigin('https://me:pw@shop.example', [])).to.deep.equal({
      problem: 'credentials',
    });
    expect(checkOrigin('https://', [])).to.deep.equal({ problem: 'invalid' });
    expect(checkOrigin('https://shop .example', [])).to.deep.equal({ problem: 'invalid' });
  });

  it('refuses an origin that is already allowed, in any spelling', () => {
    expect(checkOrigin('HTTPS://shop.example/', ['https://shop.example'])).to.deep.equal({
      problem: 'duplicate',
    });
  });
});
