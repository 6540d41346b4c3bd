import type { Progress } from '../core/checklist';

/** "2 of 5 done", with any not-applicable prompts said plainly rather than silently dropped. */
export function ProgressText({ progress }: { progress: Progress }) {
  return (
    <>
      {progress.done} of {progress.applicable} done
      {progress.notApplicable > 0 && <span class="na-count"> ({progress.notApplicable} not applicable)</span>}
    </>
  );
}
