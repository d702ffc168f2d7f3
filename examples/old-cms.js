// What scripts on old CMS pages did (plugins of the jQuery 1 and MooTools era): add enumerable
// properties to the built-in prototypes, which every for…in loop on the page then meets.
// examples/cdn-joomla.html loads it before the components, so CI checks that they still work.
Object.prototype.extend = function extend(source) {
  for (const key in source) this[key] = source[key];
  return this;
};
Array.prototype.each = function each(callback) {
  for (let index = 0; index < this.length; index += 1) callback(this[index], index);
};
String.prototype.trimAll = function trimAll() {
  return this.replace(/\s+/g, ' ').trim();
};
