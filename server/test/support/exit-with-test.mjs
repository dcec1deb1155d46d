// Loaded into each server the tests start (`node --import`): the server exits when the test process that spawned it
// goes away, even when that process was killed and could not stop it.
process.on('disconnect', () => process.exit(1));
