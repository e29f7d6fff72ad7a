import { describe, expect, it } from 'vitest';

import { csvField, csvRecord } from './csv.js';
import { parseCsv } from './parse-csv.test-support.js';

describe('csvField', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('Ada Lovelace')).toBe('Ada Lovelace');
    expect(csvField('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('Lovelace, Ada')).toBe('"Lovelace, Ada"');
    expect(csvField('Zoë "Z" Müller')).toBe('"Zoë ""Z"" Müller"');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('line one\r\nline two')).toBe('"line one\r\nline two"');
  });

  it('keeps every formula-starting character from reaching a spreadsheet as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
    );
    expect(csvField('+49 30 1234567')).toBe("'+49 30 1234567");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('a=1')).toBe('a=1');
  });
});

describe('csvRecord', () => {
  it('writes a record that an RFC 4180 reader gives back field for field', () => {
    const fields = ['bkg_1', 'Say "hi", then\nleave', '', '=1+1', 'Zoë'];
    const [record] = parseCsv(csvRecord(fields));
    expect(record).toEqual(['bkg_1', 'Say "hi", then\nleave', '', "'=1+1", 'Zoë']);
  });
});
