/**
 * JSON Resume 0.x, the 2014 bio shape and FRESH to JSON Resume 1.x; depends on Jackson, {@code diag},
 * {@code normalize.Reporter}. Other résumé formats (RenderCV, YAMLResume, Reactive Resume) are
 * recognised so the user is told what the file is, but not converted.
 */
package dev.cvpress.normalize.migrate;
