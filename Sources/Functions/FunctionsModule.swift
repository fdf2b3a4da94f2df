import Template
import Values
