import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PacksSettings } from '../../components/PacksSettings';
import { forgetInIndex, isForgotten, recentCases, touchCase } from '../../core/case-index';
import { checkCaseReference } from '../../core/case-reference';
import { readPackFile } from '../../core/pack/file';
import { BUILT_IN_PACK_IDS } from '../../core/pack/info';
import { readCaseChecklist } from '../../core/stored';
import { EXAMPLE_PACK_TEXT } from '../example-pack';

// Names every JavaScript object already has. As keys of a plain object they read back as
// functions, and safe readers drop them: an id must never be one of them.
const BUILT_IN = ['toString', 'hasOwnProperty', '__defineGetter__', 'valueOf', 'isPrototypeOf'];
const at = Date.UTC(2026, 10, 1);

describe('names JavaScript keeps for itself', () => {
  it.each(BUILT_IN)('are refused as the case reference %j, with a reason', (name) => {
    const checked = checkCaseReference(name);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toMatch(/cannot be a case reference/);
  });

  it('in the case list are never read from the list’s prototype', () => {
    const index = touchCase({}, 'CS-1', at);
    expect(isForgotten(index, 'toString')).toBe(false);
    const forgotten = forgetInIndex(index, 'valueOf', at);
    expect(forgotten.valueOf).toBe(-at);
    expect(recentCases(touchCase({}, 'toString', at), 5)).toEqual([{ ref: 'toString', touchedAt: at }]);
  });

  it.each(['constructor', 'prototype'])('are refused as a prompt id %j in a pack, with a reason', (id) => {
    const pack = JSON.parse(EXAMPLE_PACK_TEXT);
    const old = pack.themes[0].prompts[0].id;
    pack.themes[0].prompts[0].id = id;
    const text = JSON.stringify(pack).replaceAll(`"${old}"`, `"${id}"`);
    const result = readPackFile(text, text.length, BUILT_IN_PACK_IDS);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(/JavaScript/);
  });

  it('are refused as a pack id', () => {
    const pack = { ...JSON.parse(EXAMPLE_PACK_TEXT), id: 'constructor' };
    const text = JSON.stringify(pack);
    expect(readPackFile(text, text.length, BUILT_IN_PACK_IDS).ok).toBe(false);
  });

  it('as a stored answer id are refused', () => {
    const { problem } = readCaseChecklist(
      {
        ref: 'CS-1',
        packId: 'cscp-ivy',
        packVersion: '1.0.0',
        resetAt: 0,
        answers: JSON.parse(`{"constructor": {"state": "done", "at": ${at}}}`),
      },
      'CS-1',
    );
    expect(problem).not.toBeNull();
  });

  it('as a pack id show no code on the settings page', () => {
    render(
      <PacksSettings
        packs={[
          {
            id: 'constructor',
            version: '1.0.0',
            title: 'Odd pack',
            sourceTitle: 'Odd review',
            origin: 'organisation',
            themes: 1,
            prompts: 5,
            governance: {},
          },
        ]}
        defaultPackId="constructor"
        casesByPack={{}}
        unreadable={[]}
        onCheck={async () => ({ ok: false, problems: [] })}
        onAdd={async () => undefined}
        onRemove={async () => undefined}
        onOpenStudio={() => undefined}
      />,
    );
    expect(screen.getByText(/Used by 0 cases\./)).toBeTruthy();
  });
});
