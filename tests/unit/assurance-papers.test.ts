// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSURANCE_FOLDER } from '../../components/AboutSettings';
// The one place the stored shapes are read from: if the declarations move, change this line.
import { ALL_STORED } from '../../core/all-stored';

const papers = readdirSync(ASSURANCE_FOLDER).filter((name) => name.endsWith('.md'));
const paper = (name: string) => readFileSync(join(ASSURANCE_FOLDER, name), 'utf8');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('the assurance papers (docs/assurance/)', () => {
  it('are where the settings page says, each listed in the folder’s index', () => {
    const index = paper('README.md');
    for (const name of ['security.md', 'data-flows.md', 'accessibility.md', 'hazard-log.md', 'dtac.md']) {
      expect(papers).toContain(name);
      expect(index).toContain(`(${name})`);
    }
  });

  it('each say which version they describe, and it is this one: a release means reading them again', () => {
    for (const name of papers) expect(paper(name), name).toContain(`Describes Pause Point ${version}.`);
  });

  it('list in the data-flow paper every kind of stored key the code declares, and no other', () => {
    const table = paper('data-flows.md').split('## What is stored')[1]?.split('\n## ')[0] ?? '';
    const listed = [...table.matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1]);
    const declared = ALL_STORED.filter(({ item }) => item.area === 'local').map(({ item }) => item.key);
    expect(listed.sort()).toEqual(declared.sort());
  });

  it('name in the hazard log only tests that exist, and every hazard has at least one', () => {
    const log = paper('hazard-log.md');
    const hazards = log.split('\n### ').slice(1);
    expect(hazards.length).toBeGreaterThanOrEqual(8);
    for (const hazard of hazards) {
      const title = hazard.split('\n')[0];
      const cited = [...hazard.matchAll(/`(tests\/[^`]+)` › `([^`]+)`/g)];
      expect(cited.length, `${title} names a test`).toBeGreaterThan(0);
      for (const [, file, name] of cited) {
        expect(existsSync(file as string), `${file} (${title})`).toBe(true);
        const source = readFileSync(file as string, 'utf8');
        expect(source.includes(`'${name}'`) || source.includes(`\`${name}\``), `“${name}” in ${file}`).toBe(true);
      }
    }
  });

  it('name in the other papers only test files that exist', () => {
    for (const name of papers) {
      for (const [, file] of paper(name).matchAll(/`(tests\/[\w./-]+\.tsx?)`/g)) {
        expect(existsSync(file as string), `${file} in ${name}`).toBe(true);
      }
    }
  });
});
