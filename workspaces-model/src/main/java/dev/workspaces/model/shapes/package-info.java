/** Generated schemas of the API's simple shapes (strings, numbers, lists, ...), referenced by structures. */
package dev.workspaces.model.shapes;
