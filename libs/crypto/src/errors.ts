/** Thrown for input the caller must fix (never for anything a peer or the server sent). */
export class E2eInputError extends Error {
  override name = 'E2eInputError';
}
