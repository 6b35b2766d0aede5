// An import that cannot be taken: every problem found, each naming the file and the field.

export class BundleError extends Error {
  constructor(
    readonly where: string,
    readonly problems: readonly string[],
  ) {
    super(
      `${where}: ${problems.length === 1 ? problems[0] : `${problems.length} problems:\n  ${problems.join('\n  ')}`}`,
    );
    this.name = 'BundleError';
  }
}
