import { formatDay } from '../core/time';

/** Where the papers an approver asks for are kept, in the source and beside the release packages. */
export const ASSURANCE_FOLDER = 'docs/assurance';

export interface AboutSettingsProps {
  /** The version in the extension's manifest (package.json's, through the build). */
  version: string;
  /** When this copy was built (a release: its commit's time), or null when unknown. */
  builtAt: number | null;
}

/** Which Pause Point this is, and where its security, data and safety papers are. */
export function AboutSettings({ version, builtAt }: AboutSettingsProps) {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">About Pause Point</h2>
      <p>
        Version {version}
        {builtAt === null ? '.' : `, built ${formatDay(builtAt)}.`}
      </p>
      <p>
        The papers an approver asks for (the security statement, how data flows for a data protection impact assessment,
        the accessibility statement, the clinical safety hazard log and answers to the NHS Digital Technology Assessment
        Criteria) are in the <code>{ASSURANCE_FOLDER}</code> folder of Pause Point’s source code, and in the{' '}
        <code>assurance</code> folder that comes with each release’s packages. Your IT team has them.
      </p>
    </section>
  );
}
