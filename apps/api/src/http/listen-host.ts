/** Where the server listens: HOST when set; otherwise loopback only while demo accounts (password `demo`) exist. */
export function listenHost(configuredHost: string | undefined, demoAccountsPresent: boolean): string {
  if (configuredHost) return configuredHost;
  return demoAccountsPresent ? '127.0.0.1' : '0.0.0.0';
}
