/**
 * Reads a case page for cue words a little at a time, so the case system never waits for
 * Pause Point. The page is read once, block by block (page-text.ts); after that only what
 * changed is read again: the blocks whose text changed and the parts of the page that were
 * added or shown. What each block raises is remembered, so a change costs the reading of that
 * block, not of the page, and a block that is removed simply stops counting.
 *
 * The work is done in slices: `work(deadline)` stops at the deadline, wherever it is, and goes
 * on from there next time. Watching the page costs only a note of what changed (`changed`).
 * One round of reading (the first look, or the changes since the last round) reads at most
 * ROUND_CHARS characters; a page longer than that is read in part, as a record's first pages.
 */
import type { RaisedTheme, ThemeCues } from '../../core/cues';
import { BLOCK_CHARS, blockOf, blocksUnder, isBlock, isRead, ownText } from './page-text';
import { unionOfRaised } from './raised';

/** Most characters read in one round: about 250 pages of case notes. */
export const ROUND_CHARS = 500_000;

/** How often the clock is looked at while walking the page (it costs more than a step). */
const STEPS_PER_CHECK = 16;
/** Characters read between two looks at the clock, however few the steps. */
const CHARS_PER_CHECK = 8_192;
/** Mutation records noted in one step. */
const RECORDS_PER_STEP = 64;

export interface PageReader {
  /** Reads the whole page again from the start (the first look). */
  readAll(): void;
  /** Notes what changed; costs almost nothing, so it can run in a MutationObserver's callback. */
  changed(records: readonly MutationRecord[]): void;
  /** Reads until `deadline` (on `now`'s clock) or until nothing is left; true when nothing is. */
  work(deadline: number): boolean;
  /** Whether anything is left to read. */
  pending(): boolean;
  /** The themes the page raises, as read so far. */
  raised(): RaisedTheme[];
  /** Characters read in this round so far (for tests and the budget). */
  charsRead(): number;
}

export interface ReaderOptions {
  doc: Document;
  pack: readonly ThemeCues[];
  find(text: string): RaisedTheme[];
  now(): number;
  roundChars?: number;
}

export function pageReader({ doc, pack, find, now, roundChars = ROUND_CHARS }: ReaderOptions): PageReader {
  /** Blocks that raise something, with what they raise. Only these are kept. */
  const raisedBy = new Map<Element, RaisedTheme[]>();
  let records: MutationRecord[] = [];
  /** How many of `records` have been noted. */
  let noted = 0;
  /** Blocks whose own text is to be read again. */
  const dirty = new Set<Element>();
  /** Parts of the page to be read whole (added, or shown again). */
  const roots = new Set<Element>();
  /** Parts of the page whose visibility changed: what was found in them no longer holds. */
  const reshown = new Set<Element>();
  let walker: TreeWalker | null = null;
  let wholePage = false;
  let restarts = 0;
  let read = 0;

  const body = () => doc.body;

  const readBlock = (block: Element, checked: boolean) => {
    const root = body();
    if (!root || !block.isConnected || (!checked && !isRead(block, root))) {
      raisedBy.delete(block);
      return;
    }
    let found: RaisedTheme[];
    try {
      const text = ownText(block, Math.max(0, Math.min(roundChars - read, BLOCK_CHARS)));
      read += text.length;
      found = text === '' ? [] : find(text);
    } catch {
      // Whatever a hostile page does to one block, the reading goes on: it never throws out
      // of a slice, which would stop it for good. The block counts for nothing.
      found = [];
    }
    if (found.length > 0) raisedBy.set(block, found);
    else raisedBy.delete(block);
  };

  const startWalk = (root: Element) => {
    const page = body();
    if (!page || !root.isConnected || !isRead(root, page)) return;
    if (isBlock(root)) readBlock(root, true);
    else {
      const block = blockOf(root);
      if (block) dirty.add(block);
    }
    walker = blocksUnder(root, doc);
  };

  const note = (record: MutationRecord) => {
    const target = record.target;
    if (record.type === 'characterData') {
      const block = blockOf(target);
      if (block) dirty.add(block);
      return;
    }
    if (record.type === 'attributes') {
      // Hidden, shown, or turned into (or out of) navigation: read that part again, whole.
      const element = target as Element;
      reshown.add(element);
      roots.add(element);
      const around = element.parentElement && blockOf(element.parentElement);
      if (around) dirty.add(around);
      return;
    }
    const block = blockOf(target);
    if (block) dirty.add(block);
    for (const added of record.addedNodes) {
      if (added.nodeType === Node.ELEMENT_NODE) roots.add(added as Element);
    }
  };

  const atLimit = () => read >= roundChars;

  const endRound = () => {
    read = 0;
    restarts = 0;
  };

  /** Ends the round where it is: what is left keeps what it raised when last read. */
  const giveUp = () => {
    walker = null;
    roots.clear();
    dirty.clear();
    reshown.clear();
    records = [];
    noted = 0;
    wholePage = false;
    endRound();
  };

  /** Reads until `deadline` (false) or until nothing is left (true). */
  const step = (deadline: number): boolean => {
    let steps = 0;
    let readAtCheck = read;
    while (true) {
      // The clock is looked at every few steps, and after every few thousand characters read.
      if (++steps % STEPS_PER_CHECK === 0 || read - readAtCheck > CHARS_PER_CHECK) {
        readAtCheck = read;
        if (now() >= deadline) return false;
      }
      if (atLimit()) {
        // The round has read all it may: what is left keeps what it raised when last read.
        giveUp();
        return true;
      }
      if (noted < records.length) {
        // A page that adds rows one at a time makes a record each: a few at a step.
        const end = Math.min(records.length, noted + RECORDS_PER_STEP);
        for (; noted < end; noted++) note(records[noted] as MutationRecord);
        if (noted === records.length) {
          records = [];
          noted = 0;
        }
        continue;
      }
      const part = reshown.values().next();
      if (!part.done) {
        reshown.delete(part.value);
        for (const block of raisedBy.keys()) if (part.value.contains(block)) raisedBy.delete(block);
        continue;
      }
      if (walker) {
        // A page that replaced the part being walked: start the whole page again, a few times.
        if (!walker.currentNode.isConnected) {
          walker = null;
          if (wholePage && restarts++ < 3) {
            const page = body();
            if (page) roots.add(page);
          }
          continue;
        }
        const next = walker.nextNode();
        if (next) readBlock(next as Element, true);
        else walker = null;
        continue;
      }
      const root = roots.values().next();
      if (!root.done) {
        roots.delete(root.value);
        startWalk(root.value);
        continue;
      }
      const block = dirty.values().next();
      if (!block.done) {
        dirty.delete(block.value);
        readBlock(block.value, false);
        continue;
      }
      wholePage = false;
      endRound();
      return true;
    }
  };

  return {
    readAll() {
      wholePage = true;
      walker = null;
      roots.clear();
      dirty.clear();
      const page = body();
      if (page) roots.add(page);
    },

    changed(more) {
      for (const record of more) records.push(record);
    },

    work(deadline) {
      try {
        return step(deadline);
      } catch {
        // Never thrown out of a slice (that would stop the reading for good): the round is
        // given up, and what changes next is read as usual.
        giveUp();
        return true;
      }
    },

    pending() {
      return noted < records.length || walker !== null || roots.size > 0 || dirty.size > 0 || reshown.size > 0;
    },

    raised() {
      for (const block of raisedBy.keys()) if (!block.isConnected) raisedBy.delete(block);
      return unionOfRaised(pack, raisedBy.values());
    },

    charsRead() {
      return read;
    },
  };
}
