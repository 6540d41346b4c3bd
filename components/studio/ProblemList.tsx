import type { StudioProblem } from '../../core/pack/problems';

/** Moves focus to a problem's field, or the nearest part of the form that holds it. */
function focusField(problem: StudioProblem) {
  for (const id of [problem.fieldId, ...problem.fallbackIds]) {
    const field = document.getElementById(id);
    if (field) {
      field.focus();
      field.scrollIntoView({ block: 'center' });
      return;
    }
  }
}

/**
 * Every problem the import checks find, as links that move focus to the field. The count is
 * announced politely, so typing is not interrupted by each problem as it comes and goes.
 */
export function ProblemList({
  problems,
  shown,
  onCheck,
}: {
  problems: readonly StudioProblem[];
  /** False for a blank pack nothing has been written in yet: its problems wait until asked for. */
  shown: boolean;
  onCheck(): void;
}) {
  if (!shown) {
    return (
      <section aria-labelledby="problems-heading" class="studio-problems" data-count="unchecked">
        <h2 id="problems-heading">Problems to fix</h2>
        <p role="status">
          Start writing: anything the pack still needs is listed here as you go. To see the whole list now, check the
          pack.
        </p>
        <div class="form-actions">
          <button type="button" onClick={onCheck}>
            Check the pack
          </button>
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby="problems-heading" class="studio-problems" data-count={problems.length}>
      <h2 id="problems-heading">Problems to fix</h2>
      <p role="status">
        {problems.length === 0
          ? 'No problems: this pack passes every check Pause Point makes when a pack is added.'
          : `${problems.length === 1 ? 'One problem' : `${problems.length} problems`} to fix before the pack can be saved.`}
      </p>
      {problems.length > 0 && (
        <ul>
          {problems.map((problem, i) => (
            <li key={`${problem.fieldId} ${problem.message} ${i}`}>
              <a
                href={`#${problem.fieldId}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(problem);
                }}
              >
                {problem.place}: {problem.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
