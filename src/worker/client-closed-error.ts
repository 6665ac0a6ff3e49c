/** The rejection of every call made through an analytics client after `dispose()`. */
export class ClientClosedError extends Error {
  constructor() {
    super('The analytics worker of this workspace was closed.');
    this.name = 'ClientClosedError';
  }
}
