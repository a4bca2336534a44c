import CSADocx
import CSAModel

/// A committee paper as a Word document, laid out as its layout says.
public enum PaperDocument {}
