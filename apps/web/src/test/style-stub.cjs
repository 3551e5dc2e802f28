// Stylesheets have no behaviour to test; jest gets an empty module instead.
module.exports = {};
