/// The nodes a check parse hands on instead of building one (`Parser`'s `building` false):
/// one shared node of each class, since a parse only asks a node it made for its class (an
/// `end` or `else` ends a list; a literal cannot start a later pipeline command or take
/// fields).
enum CheckPlaceholders {
  static let list = ListNode(pos: 0)
  static let text = TextNode(pos: 0, text: [])
  static let end = EndNode(pos: 0)
  static let elseNode = ElseNode(pos: 0)
  static let dot = DotNode(pos: 0)
  static let nilNode = NilNode(pos: 0)
  static let bool = BoolNode(pos: 0, value: false)
  static let string = StringNode(pos: 0, text: "", spelling: nil)
  static let identifier = IdentifierNode(pos: 0, ident: "")
  static let field = FieldNode(pos: 0, ident: [])
  static let variable = VariableNode(pos: 0, ident: [])
  static let pipe = PipeNode(pos: 0, line: 0, isAssign: false, decl: [], cmds: [])
  static let chain = ChainNode(pos: 0, node: dot, fields: [])
  static let action = ActionNode(pos: 0, line: 0, pipe: pipe)
  static let branch = BranchNode(kind: .if, pos: 0, line: 0, pipe: pipe, list: list, elseList: nil)
  static let template = TemplateNode(pos: 0, line: 0, name: "", pipe: nil)
  static let breakNode = BreakNode(pos: 0)
  static let continueNode = ContinueNode(pos: 0)
  /// A command whose first word can run (a later stage of a pipeline), and one whose cannot.
  static let runnableCommand = CommandNode(pos: 0, args: [identifier])
  static let literalCommand = CommandNode(pos: 0, args: [dot])
}
