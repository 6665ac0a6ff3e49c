/** The BroadcastChannel every view and tab of one workspace database listens on for data changes. */
export function changeChannelName(dbName: string): string {
  return `symmetry-insights:${dbName}`;
}
