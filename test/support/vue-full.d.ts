// The full build of Vue (with its template compiler) has the same API as the package's entry.
declare module 'vue/dist/vue.cjs.js' {
  export * from 'vue';
}
