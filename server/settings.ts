// The client's settings for a document, pulled with `workspace/configuration` (section `lambdaWorkbench`)
// and cached per document until the client says they changed. Clients that cannot answer get the defaults.
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, type ServerSettings } from './protocol';

export class DocumentSettings {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  supported = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<ServerSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'lambdaWorkbench' })
        .then((value: Partial<ServerSettings> | null) => ({ validation: { ...DEFAULT_SETTINGS.validation, ...value?.validation } }));
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }
}
