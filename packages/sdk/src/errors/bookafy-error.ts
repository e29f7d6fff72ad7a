/** The base of every error the SDK throws; `instanceof BookafyError` catches them all. */
export class BookafyError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'BookafyError';
  }
}
