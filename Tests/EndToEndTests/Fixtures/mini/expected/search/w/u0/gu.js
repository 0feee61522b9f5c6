plansiteSearchLoaded("w/u0/gu",{
"gui":[1,1]
});
