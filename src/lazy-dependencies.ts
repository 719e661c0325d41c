// Loads heavy dependencies that Voordeur never calls without a language model only when they are first used.
// src/install-lazy-dependencies.ts installs the hook; src/index.ts imports that first, before anything requires them.
import Module from 'node:module';

/**
 * The module ids (as written in `require(…)`) that are loaded on first use. Each real module is an object with a
 * non-writable, non-configurable `__esModule: true` (TypeScript or rollup output); the stand-in answers
 * `__esModule` without loading, so that TypeScript's `__importStar`/`__importDefault` pass it through untouched,
 * and checks on loading that the real module still has it (a dependency update that drops it fails loudly).
 */
const LAZY_IDS: readonly { id: string | RegExp; why: string }[] = [
  {
    // `@microsoft/teams-ai/lib/tokenizers/GPTTokenizer.js` requires it at module top; teams-ai loads that file
    // through its index. Only prompts for a language model (AI_* / model settings) count tokens, and then the
    // tokenizer simply loads on its first encode. Loading it builds BPE rank maps: ~100k strings, several MB.
    id: 'gpt-tokenizer',
    why: 'teams-ai tokenizer, used only with a language model',
  },
  {
    // `GPT3Tokenizer.js` of teams-ai requires `gpt-tokenizer/cjs/model/text-davinci-003`, with the same cost and
    // the same use; other models and encodings of the package are covered too (all TypeScript output).
    id: /^gpt-tokenizer\/(?:cjs\/)?(?:model|encoding)\/[\w.-]+$/,
    why: 'teams-ai GPT-3 tokenizer, used only with a language model',
  },
  {
    // `botbuilder-dialogs` (required by teams-ai for its authentication classes; Voordeur signs nobody in) requires
    // these for its prompts (NumberPrompt, ConfirmPrompt, DateTimePrompt, ChoicePrompt's recognizeChoices), which
    // Voordeur never uses. They call `recognizeNumber(…)` etc. only at call time.
    id: '@microsoft/recognizers-text-number',
    why: 'botbuilder-dialogs prompts, unused',
  },
  { id: '@microsoft/recognizers-text-date-time', why: 'botbuilder-dialogs DateTimePrompt, unused' },
  { id: '@microsoft/recognizers-text-choice', why: 'botbuilder-dialogs ConfirmPrompt, unused' },
  {
    // Required by `adaptive-expressions` (through the card templating library, which Voordeur uses) for its timex
    // functions (dateReadBack, getNextViableDate, …, used by no card of Voordeur); read only at call time.
    id: '@microsoft/recognizers-text-data-types-timex-expression',
    why: 'adaptive-expressions timex functions, unused by the cards',
  },
  // Not here: `@microsoft/recognizers-text-suite`. botbuilder-dialogs' promptCultureModels.js reads its `Culture`
  // at module load, and that `Culture` is the suite's own (bundled) class, not the one of
  // `@microsoft/recognizers-text` (another object, with other supportedCultures), so it cannot be answered without
  // loading the suite.
];

/** Whether `request` (as written in a `require`) is loaded on first use. */
export function isLazyDependency(request: string): boolean {
  return LAZY_IDS.some(({ id }) => (typeof id === 'string' ? request === id : id.test(request)));
}

/** The parts of `node:module` that are not in its types; the hook require-in-the-middle and APM agents use. */
interface ModuleInternals {
  _load(request: string, parent: unknown, isMain: boolean): unknown;
  _resolveFilename(request: string, parent: unknown, isMain: boolean): string;
  _cache: Record<string, unknown>;
}

type Key = string | symbol;

/**
 * A transparent stand-in for a CommonJS module object that calls `load` (once) on the first operation that needs
 * the real module, and forwards every operation to it from then on.
 * @remarks Only `__esModule` is answered without loading: the target holds it exactly as the real module does
 * (value true, not writable, enumerable or configurable), which `load`'s caller checks. Every non-configurable
 * property the stand-in reports is first copied onto the target, and the target is made non-extensible when the
 * real module is, so the Proxy invariants hold whatever the real module does.
 */
export function lazyModule(load: () => unknown, describe: string): object {
  const target: object = {};
  Object.defineProperty(target, '__esModule', {
    value: true,
    writable: false,
    enumerable: false,
    configurable: false,
  });
  let real: object | undefined;
  const loaded = (): object => {
    if (real) return real;
    const exports = load();
    if (typeof exports !== 'object' || exports === null) {
      throw new Error(`lazy-dependencies: ${describe} is no longer an object; remove it from LAZY_IDS`);
    }
    const esModule = Object.getOwnPropertyDescriptor(exports, '__esModule');
    if (
      !esModule ||
      esModule.value !== true ||
      esModule.writable !== false ||
      esModule.enumerable !== false ||
      esModule.configurable !== false
    ) {
      throw new Error(
        `lazy-dependencies: ${describe} no longer has a fixed __esModule: true; remove it from LAZY_IDS`,
      );
    }
    real = exports;
    syncExtensibility(real);
    return real;
  };
  /** Copies the real property onto the target when it is non-configurable (and so may be reported as such). */
  const syncKey = (module: object, key: Key): PropertyDescriptor | undefined => {
    const descriptor = Reflect.getOwnPropertyDescriptor(module, key);
    if (descriptor && !descriptor.configurable) Reflect.defineProperty(target, key, descriptor);
    return descriptor;
  };
  /** A non-extensible real module: the target gets every property and becomes non-extensible too. */
  const syncExtensibility = (module: object) => {
    if (Reflect.isExtensible(module) || !Reflect.isExtensible(target)) return;
    for (const key of Reflect.ownKeys(module)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(module, key);
      if (descriptor) Reflect.defineProperty(target, key, descriptor);
    }
    Reflect.setPrototypeOf(target, Reflect.getPrototypeOf(module));
    Reflect.preventExtensions(target);
  };
  const unloadedEsModule = (key: Key) => real === undefined && key === '__esModule';

  return new Proxy(target, {
    get: (_, key) => (unloadedEsModule(key) ? true : Reflect.get(loaded(), key)),
    set: (_, key, value) => Reflect.set(loaded(), key, value),
    has: (_, key) => unloadedEsModule(key) || Reflect.has(loaded(), key),
    getOwnPropertyDescriptor: (_, key) =>
      unloadedEsModule(key) ? Reflect.getOwnPropertyDescriptor(target, key) : syncKey(loaded(), key),
    defineProperty: (_, key, descriptor) => {
      const module = loaded();
      const done = Reflect.defineProperty(module, key, descriptor);
      syncKey(module, key);
      syncExtensibility(module);
      return done;
    },
    deleteProperty: (_, key) => {
      const done = Reflect.deleteProperty(loaded(), key);
      // A non-extensible target holds every property; it must not keep one reported as deleted.
      if (done) Reflect.deleteProperty(target, key);
      return done;
    },
    ownKeys: () => Reflect.ownKeys(loaded()),
    getPrototypeOf: () => Reflect.getPrototypeOf(loaded()),
    setPrototypeOf: (_, prototype) => Reflect.setPrototypeOf(loaded(), prototype),
    isExtensible: () => {
      syncExtensibility(loaded());
      return Reflect.isExtensible(target);
    },
    preventExtensions: () => {
      const module = loaded();
      const done = Reflect.preventExtensions(module);
      syncExtensibility(module);
      return done;
    },
  });
}

let installed = false;

/**
 * Hooks CommonJS loading so that requiring a lazy id returns a stand-in ({@link lazyModule}) until the real module
 * is loaded; from then on `require` gives the real module. Idempotent.
 */
export function installLazyDependencies(): void {
  if (installed) return;
  installed = true;
  const internals = Module as unknown as ModuleInternals;
  const originalLoad = internals._load;
  /** One stand-in per resolved file, shared by every `require` of it until the real module is loaded. */
  const standIns = new Map<string, object>();
  internals._load = function load(this: unknown, request: string, parent: unknown, isMain: boolean): unknown {
    if (isMain || !isLazyDependency(request)) return originalLoad.call(this, request, parent, isMain);
    let filename: string;
    try {
      filename = internals._resolveFilename(request, parent, isMain);
    } catch {
      return originalLoad.call(this, request, parent, isMain); // Throws the usual MODULE_NOT_FOUND.
    }
    // Loaded (or loading, in a cycle): the real module, as always.
    if (internals._cache[filename]) return originalLoad.call(this, request, parent, isMain);
    let standIn = standIns.get(filename);
    if (!standIn) {
      standIn = lazyModule(() => {
        const exports = originalLoad.call(internals, request, parent, false);
        standIns.delete(filename);
        return exports;
      }, request);
      standIns.set(filename, standIn);
    }
    return standIn;
  };
}
