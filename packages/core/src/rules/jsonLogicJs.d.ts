// Types for json-logic-js 2.0.5 (a devDependency: the reference the conformance test and benchmark compare with).
declare module 'json-logic-js' {
  const jsonLogic: {
    apply(logic: unknown, data?: unknown): unknown;
    add_operation(name: string, operation: (...args: never[]) => unknown): void;
    rm_operation(name: string): void;
    truthy(value: unknown): boolean;
  };
  export default jsonLogic;
}
