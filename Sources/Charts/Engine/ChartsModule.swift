import Functions
import Template
