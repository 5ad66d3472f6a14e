// The fast block-YAML reader against the yaml package: the same tree (values, offsets, ranges) wherever the fast
// reader reads a document, and the yaml package itself wherever it does not.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { LineIndex, parseYaml } from '../../../template-model';
import { readBlockYaml } from '../../../template-model/yaml-block';
import { parseWithYamlPackage } from '../../../template-model/yaml';
import { corpusDir, hasCorpus } from '../../support/paths';

/** The fast reader's tree, or undefined when it leaves the document to the yaml package. */
const fast = (text: string) => readBlockYaml(text, new LineIndex(text));
const full = (text: string) => parseWithYamlPackage(text);

/** Documents the fast reader reads: each must give the yaml package's tree, ranges and offsets included. */
const READ: Record<string, string> = {
  'nested maps and sequences': 'A: 1\nB:\n  C: x\n  D:\n    - p\n    - q: 1\n      r: 2\n    - - s\n      - t\n',
  'a sequence at its key’s indentation': 'Key:\n- a\n- b\n# after\nNext: 1\nLast:\n- c\n# end\n',
  'empty values': 'A:\nB:   \nC:\n  - \n  -\n  - x\nD:\n',
  'short-form tags, inline and over a block': 'A: !Ref Thing\nB: !Sub "${Stage}-x"\nC: !GetAtt\n  - Fn\n  - Arn\nD:\n  - !If\n    - Cond\n    - !Ref A\n    - ""\n',
  'quoted keys and values': '"Fn::Sub": \'it\'\'s\'\n"a" : "tab\\tq\\"uote\\\\"\n\'b\': "\\/"\n',
  'core schema values': 'a: ~\nb: null\nc: True\nd: 0x1F\ne: 0o17\nf: 1e3\ng: .inf\nh: -.Inf\ni: .NaN\nj: 1.\nk: 007\nl: +1\nm: -2.5\nn: nope\no: 1.0\n1.5: key\n',
  'plain scalars with indicators inside': 'url: http://x.y/z:1\narn: arn:aws:s3:::b/*\nhash: a#b\nsub: ${AWS::Region}-x\ndash: -x\nspaced:   many   words   \n',
  'comments on value lines and between entries': '# head\nA: 1 # one\n\n  # indented\nB:\n  # before\n  C: 2   # two\n# between\n  D: 3\n',
  'comments after the last value, deeper and shallower': 'A:\n  B:\n    C: 1\n      # deeper: taken by the scalar\n    # at the map: ends the map\n  # shallower\nD: 2\n',
  'comments that move up to an outer map': 'A:\n  B:\n    C: 1\n  # at B\'s map\nD: 2\nE:\n- x\n  # deeper than the sequence\n- y\nF:\n  G: 1\n # shallower than G\n',
  'trailing comments at the end of the file': 'A:\n  B: 1\n  # end\n\n',
  'compact maps in sequences with comments': 'L:\n  - k: v\n    # at the map\n  - k: w\n      # deeper\n  - z\n',
  'a document start marker': '# head\n--- # start\nA:\n  - 1\n',
  'one-line flow collections': 'A: [ a , "b" ,[c], {x: 1, "y":2} ] # c\nB: !GetAtt [F, Arn]\nC: {}\nD: []\nE:\n- !Join [\'\', [a, !Ref b]]\n- {Ref: x}\n  # deep\nF: 1\n',
  'block scalars': 'A: |\n  line1\n    more\n\n  # not a comment\n  line3\nB: >-\n  a\n  b\n\n  c\n   d\n  e\n   \nC: !Sub |+\n  x ${Y}\n\n# a comment\nD:\n  - |-\n    s\n  # after\n  - >\n     folded\n     lines\n\n\nE: 1\n',
  'a JSON template': '{\n  "A": {"Type": "X",\n    "N": [1, -2.5, 1e3, true, null, "s\\n\\"q\\""]\n  },\n  "B":\n    "v",\n  "C": []\n}\n',
  'CRLF line ends': 'A: 1\r\nB:\r\n  - x # c\r\n  -\r\n  - "q"\r\nC: [a, b]\r\nD:\r\n',
  'no final newline': 'A:\n  - 1\n  - x: y',
  'blank lines holding spaces': 'A:\n  B: 1\n    \n  C: 2\n   \n',
};

/** Documents it leaves to the yaml package. */
const LEFT: Record<string, string> = {
  'multi-line flow collections': 'A: [a,\n  b]\n',
  'a trailing comma': 'A: [a, b,]\n',
  'a pair in a flow sequence': 'A: [a: 1]\n',
  'an indentation indicator': 'A: |2\n   text\n',
  'an empty block scalar': 'A: |\nB: 1\n',
  'a block scalar ending the file without a newline': 'A: |\n  text',
  anchors: 'A: &x 1\nB: *x\n',
  'multi-line plain scalars': 'A: one\n  two\n',
  tabs: 'A:\n\tB: 1\n',
  'a CR alone': 'A: 1\rB: 2\n',
  'a block scalar with CRLF line ends': 'A: |\r\n  text\r\n',
  'duplicate keys': 'A: 1\nA: 2\n',
  'several documents': '---\nA: 1\n---\nB: 2\n',
  'a document end marker': 'A: 1\n...\n',
  'an empty value with a comment': 'A: # note\nB: 1\n',
  'an unknown tag': 'A: !Foo x\n',
  'a tag without a value': 'A: !Ref\n',
  'escapes it does not copy': 'A: "\\u0041"\n',
  'a mapping on a value line': 'A: b: c\n',
  'bad indentation': 'A:\n    B: 1\n  C: 2\n',
  'a scalar document': 'just text\n',
  'a JSON \\u escape': '{"A": "\\u00e9"}\n',
  'a plain scalar over two lines in a flow collection': '{"A": b\n  c}\n',
  'a comment after a flow document': '{"A": 1}\n# note\n',
};

describe('template-model: fast block YAML reader', () => {
  it('reads block YAML exactly as the yaml package does', () => {
    for (const [name, text] of Object.entries(READ)) {
      const expected = full(text);
      assert.deepEqual(expected.errors, [], `${name}: the case must be valid YAML`);
      assert.deepEqual(fast(text), expected.root, name);
    }
  });

  it('leaves everything else to the yaml package', () => {
    for (const [name, text] of Object.entries(LEFT)) {
      assert.equal(fast(text), undefined, name);
      const { root, errors } = parseYaml(text);
      assert.deepEqual({ root, errors }, { root: full(text).root, errors: full(text).errors }, name);
    }
  });

  it('matches the yaml package on the corpus templates it reads, also with comments, blank lines and CRLF added', function () {
    if (!hasCorpus) this.skip(); // needs ../shared/corpus
    const files = templateFiles(corpusDir);
    let read = 0;
    const mismatches: string[] = [];
    for (const [index, file] of files.entries()) {
      const text = readFileSync(file, 'utf8');
      // Every other file with CRLF line ends, as saved on Windows.
      const changed = index % 2 ? withComments(text).replace(/\r?\n/g, '\r\n') : withComments(text);
      for (const [variant, source] of [['as is', text], ['changed', changed]]) {
        const tree = fast(source);
        if (!tree) continue;
        read++;
        const expected = full(source);
        if (expected.errors.length > 0 || !isDeepStrictEqual(tree, expected.root)) mismatches.push(`${file} (${variant})`);
      }
    }
    assert.deepEqual(mismatches, []);
    // Most real templates are block YAML: the fast path must keep reading them.
    assert.ok(read > files.length * 0.8, `read ${read} of ${files.length * 2} documents`);
  });
});

function templateFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return templateFiles(path);
    // The corpus's own metadata (expected.json, cfn-lint-results.json, sources.json) is not a template.
    return /\.(ya?ml|json)$/.test(name) && !/^(expected|cfn-lint-results|sources)\.json$/.test(name) ? [path] : [];
  });
}

/** Comment and blank lines at varying indentation after some lines, and comments at the end of others (seeded). */
function withComments(text: string): string {
  let seed = text.length;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return text
    .split('\n')
    .flatMap((line) => {
      const roll = random();
      const out = roll < 0.05 && line.trim() !== '' && !line.includes('#') && !/[|>][-+0-9]*$/.test(line) ? `${line}   # note` : line;
      if (roll > 0.92) return [out, `${' '.repeat(Math.floor(random() * 10))}# comment`];
      if (roll > 0.88) return [out, ' '.repeat(Math.floor(random() * 4))];
      return [out];
    })
    .join('\n');
}

