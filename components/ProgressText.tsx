import type { Progress } from '../core/checklist';

/** "2 of 5", with any not-applicable prompts said plainly rather than silently dropped. */
export function ProgressText({ progress }: { progress: Progress }) {
  return (
    <>
      {progress.done} of {progress.applicable}
      {progress.notApplicable > 0 && <span class="na-count"> ({progress.notApplicable} not applicable)</span>}
    </>
  );
}
