/**
 * Elements register through `defineElement('sym-…', Class)` (src/components/shared/define.ts),
 * which the analyzer does not recognise by itself: this plugin records the tag names.
 */
function defineElementPlugin() {
  return {
    name: 'sym-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === klass.text);
      if (!declaration) return;
      declaration.tagName = tag.text;
      declaration.customElement = true;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module: moduleDoc.path } },
      ];
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.stories.ts'],
  litelement: true,
  plugins: [defineElementPlugin()],
};
