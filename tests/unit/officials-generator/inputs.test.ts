import { describe, expect, it } from 'vitest';
import {
  headsFromCsv,
  internationalFromCsv,
  parseCsv,
  termsFromCsv,
} from '../../../src/lib/entities/officials-generator/inputs.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
  });
  it('reads CRLF line ends and a last line without one', () => {
    expect(parseCsv('a,b\r\n1,"2\r\n3"\r\nx,y')).toEqual([
      ['a', 'b'],
      ['1', '2\r\n3'],
      ['x', 'y'],
    ]);
  });
});

describe('headsFromCsv', () => {
  const header = 'countryid,country,position,positionLabel,person,personLabel,start,end,firstSeen,lastSeen';
  it('reads the columns by name', () => {
    const text = `${header}\nQ1,Testland,P-PRES,President of Testland,Q10,Ada Exampleton,2015,,2021,2026\n`;
    expect(headsFromCsv(text, 'heads.csv')).toEqual([
      {
        countryItem: 'Q1',
        countryLabel: 'Testland',
        position: 'P-PRES',
        positionLabel: 'President of Testland',
        person: 'Q10',
        personLabel: 'Ada Exampleton',
        start: '2015',
        end: '',
        lastSeen: '2026',
      },
    ]);
  });
  it('names the file and the missing column', () => {
    expect(() => headsFromCsv(header.replace(',lastSeen', ''), 'heads.csv')).toThrow('heads.csv: no column "lastSeen"');
  });
});

describe('internationalFromCsv', () => {
  it('reads an office without a country, dates cut to the year', () => {
    const text = 'position,person,personID,start,end\nSecretary-General of Testing,Ada Exampleton,Q10,1997-01-01,\n';
    expect(internationalFromCsv(text)).toEqual([
      {
        countryItem: '',
        countryLabel: '',
        position: 'Secretary-General of Testing',
        positionLabel: 'Secretary-General of Testing',
        person: 'Q10',
        personLabel: 'Ada Exampleton',
        start: '1997',
        end: '',
        lastSeen: '',
      },
    ]);
  });
});

describe('termsFromCsv', () => {
  const header = 'country,title,office,name,start,end,source';
  const term = 'testland,President of Testland,,Ada Exampleton,2015-05,,https://example.org/ada';
  it('reads a term per row and skips blank lines', () => {
    expect(termsFromCsv(`${header}\n${term}\n\n`, 'leaders.csv')).toEqual([
      {
        country: 'testland',
        title: 'President of Testland',
        office: '',
        name: 'Ada Exampleton',
        start: '2015-05',
        end: '',
        source: 'https://example.org/ada',
      },
    ]);
  });
  it('refuses a file whose header is not the seven columns', () => {
    expect(() => termsFromCsv(`country,title,name\n`, 'leaders.csv')).toThrow(
      'officials-curated/leaders.csv: header must be country,title,office,name,start,end,source',
    );
  });
  it('names the file and line of a bad office, date or source', () => {
    const bad = (row: string) => () => termsFromCsv(`${header}\n${term}\n${row}\n`, 'leaders.csv');
    expect(bad('testland,Minister of Testing,minister,Bo Nextman,2020,,https://example.org/bo')).toThrow(
      'officials-curated/leaders.csv line 3: office must be empty or one of head-of-state',
    );
    expect(bad('testland,Minister of Testing,,Bo Nextman,May 2020,,https://example.org/bo')).toThrow(
      'officials-curated/leaders.csv line 3: start and end must be YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(bad('testland,Minister of Testing,,Bo Nextman,2020,2021-1,https://example.org/bo')).toThrow(
      'line 3: start and end must be',
    );
    expect(bad('testland,Minister of Testing,,Bo Nextman,2020,,http://example.org/bo')).toThrow(
      'officials-curated/leaders.csv line 3: name, title and an https source are required',
    );
    expect(bad('testland,,,Bo Nextman,2020,,https://example.org/bo')).toThrow('line 3: name, title and an https');
  });
});
