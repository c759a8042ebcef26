using LiteDB;

namespace TalentBot.Knowledge.Storage;

/// <summary>The store's collections, with an index for every query path ensured at open.</summary>
internal sealed class StoreCollections
{
    public StoreCollections(LiteDatabase db)
    {
        Articles = db.GetCollection<ArticleDocument>("articles");
        People = db.GetCollection<EntityDocument>("people");
        Organisations = db.GetCollection<EntityDocument>("organisations");
        Moves = db.GetCollection<MoveDocument>("moves");
        Counts = db.GetCollection<CountDocument>("counts");
        Meta = db.GetCollection<StoreMetaDocument>("meta");

        Articles.EnsureIndex(x => x.ContentKey, unique: true);
        // Replaying the evidence index reads the articles newer than its last commit.
        Articles.EnsureIndex(x => x.Seq, unique: true);
        People.EnsureIndex(x => x.Folded);
        Organisations.EnsureIndex(x => x.Folded);
        People.EnsureIndex(x => x.NameKey);
        Organisations.EnsureIndex(x => x.NameKey);
        // Digests read the moves first seen in a window.
        Moves.EnsureIndex(x => x.FirstSeen);
        // Stated-only digests also read the moves an article first stated in a window.
        Moves.EnsureIndex(x => x.StatedAt);
        Counts.EnsureIndex(x => x.FromId);
        Counts.EnsureIndex(x => x.ToId);
        // The move timeline reads the moves of an organisation or a person the first time a query names them.
        Moves.EnsureIndex(x => x.PersonId);
        Moves.EnsureIndex(x => x.FromId);
        Moves.EnsureIndex(x => x.ToId);
    }

    public ILiteCollection<ArticleDocument> Articles { get; }
    public ILiteCollection<EntityDocument> People { get; }
    public ILiteCollection<EntityDocument> Organisations { get; }
    public ILiteCollection<MoveDocument> Moves { get; }
    public ILiteCollection<CountDocument> Counts { get; }
    public ILiteCollection<StoreMetaDocument> Meta { get; }
}
