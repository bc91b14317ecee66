// A module loaded the first time it is needed instead of with the first frame: `load` imports it
// once (every later call gets the same promise; a failed load is tried again on the next call),
// `loaded` gives it synchronously once it is there, so code that runs often pays nothing after.

export interface OnDemandModule<M> {
  /** The module when it has loaded, else null. */
  loaded(): M | null;
  /** Loads the module once. */
  load(): Promise<M>;
}

export function onDemandModule<M>(importer: () => Promise<M>): OnDemandModule<M> {
  let module: M | null = null;
  let loading: Promise<M> | null = null;
  return {
    loaded: () => module,
    load() {
      loading ??= importer().then(
        (m) => {
          module = m;
          return m;
        },
        (e: unknown) => {
          loading = null;
          throw e;
        },
      );
      return loading;
    },
  };
}
