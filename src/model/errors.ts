export type PlanErrorCode = 'invalid-plan' | 'cycle' | 'unknown-id' | 'invalid-value';

export interface ValidationIssue {
  /** Where in the document, e.g. `items[3].end`. */
  path: string;
  message: string;
  /** What kind of problem: a dependency `cycle`; any other problem is an invalid value (the default). */
  kind?: 'cycle' | 'invalid';
}

/** Any refused plan or edit; `code` matches the `map-error` codes of the element. */
export class PlanError extends Error {
  override name = 'PlanError';
  constructor(
    readonly code: PlanErrorCode,
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super(message);
  }
}

export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}
