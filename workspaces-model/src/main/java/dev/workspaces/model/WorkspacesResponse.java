package dev.workspaces.model;

/** Implemented by the output shape of every operation. */
public interface WorkspacesResponse extends Structure {}
