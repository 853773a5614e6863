import { describe, expect, it } from 'vitest';
import { EMBED_IMPORTS, startupChunks } from '../../scripts/vite-plugin-prerender';

const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], extra: object = {}) => ({ type: 'chunk', fileName, moduleIds, imports, ...extra });

describe('startupChunks', () => {
  it("preloads the entry's startup imports (React's DOM renderer, the shell) with what they import, never the entry or a panel", () => {
    const bundle = {
      'assets/index.js': chunk('assets/index.js', ['/app/src/main.tsx'], ['assets/react.js'], { isEntry: true, dynamicImports: ['assets/client.js', 'assets/App.js', 'assets/definition.js', 'assets/serviceWorker.js'] }),
      'assets/react.js': chunk('assets/react.js', ['/app/node_modules/react/index.js']),
      'assets/client.js': chunk('assets/client.js', ['/app/node_modules/react-dom/client.js'], ['assets/react.js', 'assets/scheduler.js']),
      'assets/scheduler.js': chunk('assets/scheduler.js', ['/app/node_modules/scheduler/index.js']),
      'assets/App.js': chunk('assets/App.js', ['/app/src/App.tsx'], ['assets/index.js', 'assets/strings.js']),
      'assets/strings.js': chunk('assets/strings.js', ['/app/src/i18n/strings.ts']),
      'assets/definition.js': chunk('assets/definition.js', ['/app/src/panels/surrogate/definition.ts']),
      'assets/serviceWorker.js': chunk('assets/serviceWorker.js', ['/app/src/offline/serviceWorker.ts']),
    };
    expect(startupChunks(bundle).sort()).toEqual(['assets/App.js', 'assets/client.js', 'assets/react.js', 'assets/scheduler.js', 'assets/strings.js']);
  });

  it("preloads an embed's view with what it imports that the startup chunks do not hold", () => {
    const bundle = {
      'assets/index.js': chunk('assets/index.js', ['/app/src/main.tsx'], [], { isEntry: true, dynamicImports: ['assets/client.js', 'assets/App.js', 'assets/EmbedView.js'] }),
      'assets/client.js': chunk('assets/client.js', ['/app/node_modules/react-dom/client.js'], ['assets/react.js']),
      'assets/react.js': chunk('assets/react.js', ['/app/node_modules/react/index.js']),
      'assets/App.js': chunk('assets/App.js', ['/app/src/App.tsx'], ['assets/kit.js']),
      'assets/kit.js': chunk('assets/kit.js', ['/app/src/components/PanelHost.tsx']),
      'assets/EmbedView.js': chunk('assets/EmbedView.js', ['/app/src/components/EmbedView.tsx'], ['assets/kit.js', 'assets/embedMessages.js', 'assets/index.js']),
      'assets/embedMessages.js': chunk('assets/embedMessages.js', ['/app/src/components/embedMessages.ts']),
    };
    const startup = startupChunks(bundle);
    expect(startupChunks(bundle, EMBED_IMPORTS, startup).sort()).toEqual(['assets/EmbedView.js', 'assets/embedMessages.js']);
  });

  it('fails the build when a startup import is no chunk of its own (the boot script would preload the wrong files)', () => {
    const bundle = { 'assets/index.js': chunk('assets/index.js', ['/app/src/main.tsx', '/app/src/App.tsx'], [], { isEntry: true, dynamicImports: [] }) };
    expect(() => startupChunks(bundle)).toThrow(/startup imports not found/);
  });
});
