import { useState } from 'preact/hooks';
import { own } from '../core/built-in-names';
import { MAX_PACK_BYTES, PACK_TOO_LARGE, type PackCheck } from '../core/pack/file';
import { approvalText, dayOf, pastCheckAgain } from '../core/pack/governance';
import { ORIGIN_LABELS, type PackInfo, packInfo } from '../core/pack/info';
import type { Pack } from '../core/pack/schema';
import { notSavedText } from '../core/storage-full';
import { formatDay } from '../core/time';
import { ConfirmAction } from './ConfirmAction';

export interface PacksSettingsProps {
  packs: readonly PackInfo[];
  /** The pack a new case starts with. */
  defaultPackId: string;
  /** How many cases on this device were answered with each pack, by pack id. */
  casesByPack: Readonly<Record<string, number>>;
  /** Added packs that can no longer be read. */
  unreadable: readonly string[];
  /** Checks a chosen file completely; nothing is kept yet. */
  onCheck(file: File): Promise<PackCheck>;
  onAdd(pack: Pack): Promise<void>;
  onRemove(id: string): Promise<void>;
  /** Opens Pack studio in a tab. */
  onOpenStudio(): void;
  /** Today, for packs past their check-again date; the clock when not given. */
  now?: number;
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const cases = (n: number | undefined) => count(n ?? 0, 'case');

/** The learning packs on this device, and adding one from a file after a full check. */
export function PacksSettings(props: PacksSettingsProps) {
  const { packs, defaultPackId, casesByPack } = props;
  const [checked, setChecked] = useState<PackCheck | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [addProblem, setAddProblem] = useState<string | null>(null);
  const defaultPack = packs.find((p) => p.id === defaultPackId);

  const choose = async (file: File | undefined) => {
    setSaid(null);
    // A file far too large is refused by its size, never read into the page.
    if (file && file.size > MAX_PACK_BYTES) setChecked({ ok: false, problems: [PACK_TOO_LARGE] });
    else setChecked(file ? await props.onCheck(file) : null);
  };

  const add = async (pack: Pack) => {
    setSaid(null);
    setAddProblem(null);
    try {
      await props.onAdd(pack);
    } catch (error) {
      setAddProblem(notSavedText(`“${pack.title}”`, error));
      return;
    }
    setChecked(null);
    setFileKey((k) => k + 1); // clears the file field
    setSaid(`Added “${pack.title}” (version ${pack.version}). Choose it for a case in the side panel.`);
  };

  const existing = checked?.ok ? packs.find((p) => p.id === checked.pack.id) : undefined;

  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">Learning packs</h2>
      <p>
        Each pack is one practice review’s learning. Each case uses one pack, chosen in the side panel; new cases start
        with {defaultPack ? <strong>{defaultPack.title}</strong> : 'the built-in pack'}.
      </p>
      <ul class="pack-list" aria-labelledby="packs-heading">
        {packs.map((pack) => (
          <li key={pack.id}>
            <p>
              <strong>{pack.title}</strong> (version {pack.version}): {count(pack.themes, 'theme')},{' '}
              {count(pack.prompts, 'prompt')}, from {pack.sourceTitle}.{' '}
              <span class={pack.origin === 'organisation' ? 'managed' : undefined}>
                {ORIGIN_LABELS[pack.origin]}
                {pack.addedAt !== undefined && `, ${formatDay(pack.addedAt)}`}.
              </span>{' '}
              Used by {cases(own(casesByPack, pack.id))}.
              {approvalText(pack.governance) && ` ${approvalText(pack.governance)}`}
            </p>
            {pastCheckAgain(pack.governance, props.now ?? Date.now()) && (
              <p class="field-error">
                <strong>Past its check-again date</strong> ({dayOf(pack.governance.checkAgainBy ?? '')}). Ask whoever
                gave you the pack for a newer version; until then its links and advice may be out of date.
              </p>
            )}
            {pack.origin === 'added' && (
              <div class="form-actions">
                <ConfirmAction
                  id={`remove-pack-${pack.id}`}
                  buttonLabel={`Remove “${pack.title}”`}
                  title={`Remove “${pack.title}”?`}
                  description={`${cases(own(casesByPack, pack.id))} answered with it keep their answers on this device, but cannot be shown until the pack is added again.`}
                  confirmLabel="Yes, remove the pack"
                  onConfirm={() => void props.onRemove(pack.id).then(() => setSaid(`Removed “${pack.title}”.`))}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      {props.unreadable.length > 0 && (
        <p class="field-error">
          {props.unreadable.length === 1 ? 'One added pack' : `${props.unreadable.length} added packs`} could not be
          read and {props.unreadable.length === 1 ? 'is' : 'are'} not in use: {props.unreadable.join(', ')}. Add{' '}
          {props.unreadable.length === 1 ? 'it' : 'them'} again from the file.
        </p>
      )}

      <h3>Make or edit a pack</h3>
      <p class="hint" id="studio-hint">
        For partnerships: turn your own learning brief into a pack in Pack studio, then give the file to practitioners.
      </p>
      <div class="form-actions">
        <button type="button" aria-describedby="studio-hint" onClick={props.onOpenStudio}>
          Make or edit a pack
        </button>
      </div>

      <h3>Add a pack from a file</h3>
      <label for="pack-file">Learning pack file (.json)</label>
      <p class="hint" id="pack-file-hint">
        Your partnership can give you one. Pause Point checks all of it before anything is added.
      </p>
      <input
        key={fileKey}
        id="pack-file"
        type="file"
        accept="application/json,.json"
        aria-describedby={checked && !checked.ok ? 'pack-file-hint pack-problems' : 'pack-file-hint'}
        onChange={(e) => void choose(e.currentTarget.files?.[0])}
      />
      {checked && !checked.ok && (
        <div class="field-error" id="pack-problems" role="alert">
          <p>This pack cannot be added:</p>
          <ul>
            {checked.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {checked?.ok && (
        <div class="import-preview">
          <p id="pack-preview">
            <strong>{checked.pack.title}</strong> (version {checked.pack.version}) from{' '}
            {checked.pack.review.sourceTitle}: {count(checked.pack.themes.length, 'theme')},{' '}
            {count(packInfo(checked.pack, 'added').prompts, 'prompt')},{' '}
            {count(checked.pack.resources.length, 'resource')}.
            {existing
              ? ` It replaces version ${existing.version}, which you added before; answers given with it stay.`
              : ''}
          </p>
          <button type="button" aria-describedby="pack-preview" onClick={() => void add(checked.pack)}>
            Add this pack
          </button>
          {addProblem && (
            <p class="field-error" role="alert">
              {addProblem}
            </p>
          )}
        </div>
      )}
      <p role="status" class="hint">
        {said}
      </p>
    </section>
  );
}
