/**
 * A stand-in for a collaborator that a unit test does not exercise: any use of it throws, naming
 * it, so a test can never pass by talking to a half-built fake.
 */
export function unused<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get(_target, property) {
      if (property === 'then') return undefined; // not a thenable: awaiting a service that holds it is fine
      throw new Error(`${name}.${String(property)} is not used by this test`);
    },
  });
}
