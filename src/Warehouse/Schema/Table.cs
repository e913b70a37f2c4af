using QiPipeline.Warehouse.Model;

namespace QiPipeline.Warehouse.Schema;

/// <summary>A warehouse table: its columns and primary key, from which each dialect writes DDL.</summary>
/// <param name="Name">The table name (lower-case, never user input).</param>
/// <param name="Columns">The columns in order.</param>
/// <param name="Key">The primary key columns, or empty.</param>
public sealed record Table(string Name, IReadOnlyList<Column> Columns, IReadOnlyList<string> Key);
