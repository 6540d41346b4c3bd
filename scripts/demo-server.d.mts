export function startDemoServer(port?: number): Promise<{ origin: string; close(): Promise<void> }>;
