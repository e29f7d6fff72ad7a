/**
 * Every event of Bookafy's elements by name, with its class, for typing listeners in a
 * framework's templates. They all bubble and are composed, so `<bookafy-widget>` and the page
 * around it receive those of the steps inside it. The entries are the `HTMLElementEventMap`
 * declarations of the event modules, which the package's entry point exports.
 */
export type BookafyEventMap = {
  [
    Name in keyof HTMLElementEventMap as Name extends `bookafy-${string}` ? Name : never
  ]: HTMLElementEventMap[Name];
};
