import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isLazyDependency, lazyModule } from './lazy-dependencies';

/** A module object as TypeScript emits it: a fixed `__esModule: true` and its exports. */
function esModule(exports: Record<string, unknown> = {}): Record<string, unknown> {
  const module: Record<string, unknown> = {};
  Object.defineProperty(module, '__esModule', { value: true });
  return Object.assign(module, exports);
}

/** A stand-in for `module`, counting how often it was loaded. */
function standInFor(module: unknown) {
  const counter = { loads: 0 };
  const standIn = lazyModule(() => {
    counter.loads += 1;
    return module;
  }, 'test-module') as Record<string, unknown>;
  return { standIn, counter };
}

/** Everything an observer can read of an object's own properties. */
const ownDescriptors = (object: object) =>
  Reflect.ownKeys(object).map((key) => [key, Reflect.getOwnPropertyDescriptor(object, key)]);

describe('the lazy stand-in of a module', () => {
  it('answers __esModule exactly as the module would, without loading it', () => {
    const real = esModule({ encode: () => [1] });
    const { standIn, counter } = standInFor(real);
    expect(standIn.__esModule).toBe(true);
    expect('__esModule' in standIn).toBe(true);
    expect(Object.getOwnPropertyDescriptor(standIn, '__esModule')).toEqual(
      Object.getOwnPropertyDescriptor(real, '__esModule'),
    );
    expect(counter.loads).toBe(0);
  });

  it('loads the module once, on the first other use, and then looks exactly like it', () => {
    const real = esModule({ encode: () => [1], version: '2.9.0' });
    const decode = () => 'x';
    Object.defineProperty(real, 'decode', { enumerable: true, get: () => decode });
    const { standIn, counter } = standInFor(real);
    expect('encode' in standIn).toBe(true);
    expect(counter.loads).toBe(1);
    expect(standIn.encode).toBe(real.encode);
    expect(standIn.decode).toBe(real.decode);
    expect(Object.keys(standIn)).toEqual(Object.keys(real));
    expect(ownDescriptors(standIn)).toEqual(ownDescriptors(real));
    expect(Object.getPrototypeOf(standIn)).toBe(Object.getPrototypeOf(real));
    expect(JSON.stringify(standIn)).toBe(JSON.stringify(real));
    expect(counter.loads).toBe(1);
  });

  it('forwards writes and deletes to the module', () => {
    const real = esModule({ a: 1 });
    const { standIn } = standInFor(real);
    standIn.b = 2;
    delete standIn.a;
    Object.defineProperty(standIn, 'c', { value: 3, enumerable: true });
    expect(Object.keys(real)).toEqual(['b', 'c']);
    expect(Object.getOwnPropertyDescriptor(standIn, 'c')).toEqual(Object.getOwnPropertyDescriptor(real, 'c'));
  });

  it('keeps the Proxy invariants for non-configurable properties and a frozen module', () => {
    const real = esModule({ encode: () => [1] });
    Object.defineProperty(real, 'fixed', { value: 'f', enumerable: true });
    Object.defineProperty(real, 'getter', { enumerable: true, get: () => 'g' });
    Object.freeze(real);
    const { standIn } = standInFor(real);
    expect(Object.isFrozen(standIn)).toBe(true);
    expect(Object.isExtensible(standIn)).toBe(false);
    expect(ownDescriptors(standIn)).toEqual(ownDescriptors(real));
    expect(standIn.fixed).toBe('f');
    expect(standIn.getter).toBe('g');
    expect(() => Object.defineProperty(standIn, 'more', { value: 1 })).toThrow(TypeError);
  });

  it('keeps the invariants when a non-configurable property is defined through it', () => {
    const real = esModule();
    const { standIn } = standInFor(real);
    Object.defineProperty(standIn, 'pinned', { value: 1, enumerable: true, configurable: false });
    expect(Object.getOwnPropertyDescriptor(standIn, 'pinned')).toEqual(
      Object.getOwnPropertyDescriptor(real, 'pinned'),
    );
    expect(Reflect.deleteProperty(standIn, 'pinned')).toBe(false);
  });

  it('refuses a module that is no longer an object with a fixed __esModule: true', () => {
    expect(() => standInFor({ encode: () => [1] }).standIn.encode).toThrow(/__esModule/);
    const loose = { encode: () => [1], __esModule: true };
    expect(() => standInFor(loose).standIn.encode).toThrow(/__esModule/);
    expect(() => standInFor(() => 1).standIn.encode).toThrow(/no longer an object/);
  });

  it('lets a failed load fail at the use, and tries again on the next use, as require would', () => {
    let fail = true;
    const standIn = lazyModule(() => {
      if (fail) throw new Error('Cannot find module');
      return esModule({ a: 1 });
    }, 'test-module') as Record<string, unknown>;
    expect(() => standIn.a).toThrow('Cannot find module');
    fail = false;
    expect(standIn.a).toBe(1);
  });
});

describe('the lazy ids', () => {
  it('are the tokenizer and the recognizers that Voordeur calls only with a model or never', () => {
    for (const id of [
      'gpt-tokenizer',
      'gpt-tokenizer/cjs/model/text-davinci-003',
      'gpt-tokenizer/model/gpt-4o',
      'gpt-tokenizer/encoding/cl100k_base',
      '@microsoft/recognizers-text-number',
      '@microsoft/recognizers-text-date-time',
      '@microsoft/recognizers-text-choice',
      '@microsoft/recognizers-text-data-types-timex-expression',
    ]) {
      expect([id, isLazyDependency(id)]).toEqual([id, true]);
    }
    for (const id of [
      '@microsoft/recognizers-text-suite', // Its Culture is read at load (src/lazy-dependencies.ts).
      '@microsoft/recognizers-text',
      'gpt-tokenizer/package.json',
      'gpt-tokenizer/data/x.json',
      './gpt-tokenizer',
      'botbuilder-dialogs',
    ]) {
      expect([id, isLazyDependency(id)]).toEqual([id, false]);
    }
  });

  it('cover only gpt-tokenizer files that are TypeScript output with a fixed __esModule', () => {
    const cjs = path.join(path.dirname(require.resolve('gpt-tokenizer')));
    for (const folder of ['model', 'encoding']) {
      for (const file of readdirSync(path.join(cjs, folder)).filter((f) => f.endsWith('.js'))) {
        expect(isLazyDependency(`gpt-tokenizer/cjs/${folder}/${file.replace(/\.js$/, '')}`)).toBe(true);
        const source = readFileSync(path.join(cjs, folder, file), 'utf8');
        expect([
          file,
          source.includes('Object.defineProperty(exports, "__esModule", { value: true });'),
        ]).toEqual([file, true]);
      }
    }
  });
});
